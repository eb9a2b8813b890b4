briefingSearch.terms("ju",{"jung":[1,3]});
