briefingSearch.terms("ju",{"june":[0,1],"jung":[1,3]});
