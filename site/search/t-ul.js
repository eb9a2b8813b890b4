briefingSearch.terms("ul",{"ultimately":[1,2]});
