briefingSearch.terms("sa",{"samuel":[1,4]});
